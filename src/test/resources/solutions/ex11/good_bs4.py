"""Exercise 11, done right with BeautifulSoup; it fetches the last page too, which is allowed."""

import urllib.parse
import urllib.request

from bs4 import BeautifulSoup

url = input("Enter URL: ").strip()
count = int(input("Enter count: "))
position = int(input("Enter position: "))
for step in range(count + 1):
    print("Retrieving:", url)
    soup = BeautifulSoup(urllib.request.urlopen(url, timeout=10).read(), "html.parser")
    if step == count:
        break
    tag = soup("a")[position - 1]
    name = tag.contents[0]
    url = urllib.parse.urljoin(url, tag.get("href"))
print(name)

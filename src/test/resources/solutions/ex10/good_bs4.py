"""Exercise 10, done right with BeautifulSoup: every <span> holds one comment count."""

import urllib.request

from bs4 import BeautifulSoup

url = input("Enter URL: ").strip()
html = urllib.request.urlopen(url, timeout=10).read()
soup = BeautifulSoup(html, "html.parser")
total = 0
count = 0
for span in soup("span"):
    total += int(span.contents[0])
    count += 1
print("Count", count)
print("Sum", total)

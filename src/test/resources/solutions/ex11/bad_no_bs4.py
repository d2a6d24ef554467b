"""Bad here: uses BeautifulSoup, run where it is not installed (the tests run it with python3 -S)."""

import urllib.request
from bs4 import BeautifulSoup

url = input("Enter URL: ").strip()
count = int(input("Enter count: "))
position = int(input("Enter position: "))
for _ in range(count):
    soup = BeautifulSoup(urllib.request.urlopen(url, timeout=10).read(), "html.parser")
    url = soup("a")[position - 1].get("href")
print(url)

"""Bad here: uses BeautifulSoup, run where it is not installed (the tests run it with python3 -S)."""

from bs4 import BeautifulSoup
import urllib.request

url = input("Enter URL: ").strip()
soup = BeautifulSoup(urllib.request.urlopen(url, timeout=10).read(), "html.parser")
print("Sum", sum(int(span.text) for span in soup("span")))

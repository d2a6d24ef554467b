"""Bad: uses BeautifulSoup where it is not installed; the traceback's line numbers are not a count."""

from bs4 import BeautifulSoup
import urllib.request

url = input("Enter URL: ").strip()
html = urllib.request.urlopen(url, timeout=10).read()
print("Paragraphs:", len(BeautifulSoup(html, "html.parser")("p")))

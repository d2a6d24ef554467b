"""Bad: adds every number on the page, not just the ones in the comments spans."""

import re
import urllib.request

url = input("Enter URL: ").strip()
html = urllib.request.urlopen(url, timeout=10).read().decode()
print("Sum", sum(int(n) for n in re.findall(r"[0-9]+", html)))

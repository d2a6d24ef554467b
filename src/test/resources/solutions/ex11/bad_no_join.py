"""Bad: opens each href as it is, but the hrefs are relative, so urllib cannot open them."""

import re
import urllib.request

url = input("Enter URL: ").strip()
count = int(input("Enter count: "))
position = int(input("Enter position: "))
for _ in range(count):
    print("Retrieving:", url)
    html = urllib.request.urlopen(url, timeout=10).read().decode()
    url, name = re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)[position - 1]
print(name)

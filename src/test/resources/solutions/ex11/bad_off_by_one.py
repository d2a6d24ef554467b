"""Bad: counts positions from 0, so it always takes the link after the right one."""

import re
import urllib.parse
import urllib.request

url = input("Enter URL: ").strip()
count = int(input("Enter count: "))
position = int(input("Enter position: "))
print("Retrieving:", url)
for _ in range(count):
    html = urllib.request.urlopen(url, timeout=10).read().decode()
    href, name = re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)[position]
    url = urllib.parse.urljoin(url, href)
    print("Retrieving:", url)
print(name)

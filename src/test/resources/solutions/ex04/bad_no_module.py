"""Bad: imports a module that is not installed (a typo of a real one would do the same)."""

import wiretutor_missing_module_42
import urllib.request

url = input("Enter URL: ").strip()
print("Paragraphs:", 7)

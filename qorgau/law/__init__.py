"""The corpus as pages: addresses, what each page shows, in which language."""

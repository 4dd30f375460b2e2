"""Accounts, sign-in, roles and account data; plain Python, no Reflex."""

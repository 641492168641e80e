"""Words in the patient's language: the language registry, catalogs, dates and plurals.

No Flet and no store: the UI, the state and the build tools all use it.
"""

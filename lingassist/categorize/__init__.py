"""Categorization that learns: rules, merchant memory, a seed of known merchants, a model.

The public entry point is `Categorizer` (see `categorizer.py`). Nothing here touches the
database or Qt: the services load rules, memory pairs and labelled examples from the
ledger and pass them in.
"""

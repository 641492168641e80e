"""Text that must keep its left-to-right order inside a sentence of any direction."""


def left_to_right(text: str) -> str:
    """``text`` isolated as left-to-right, for phone numbers inside a sentence.

    In an Arabic sentence "+20 2 1234 5678" would be shown "5678 1234 2 20+".
    The two invisible Unicode marks (LRI, PDI) keep its order; the number
    itself stays exactly as typed.
    """
    return f"\u2066{text}\u2069"

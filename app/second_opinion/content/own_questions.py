"""My questions: the screen's words and the questions it suggests.

The suggestions come from the guide's own ideas (what the doctor advises and
why, other choices, clinical trials, what the tests mean). A suggestion the
patient adds becomes their own question, in the words of the language they
read it in: from then on it is theirs to change.
"""

from __future__ import annotations

from second_opinion.content.markers import N_

INTRO = N_("Write the questions you want to ask. Mark who to ask. "
           "Then write down what each doctor says.")

SUGGESTED = (
    N_("What treatment do you advise for me, and why?"),
    N_("What other choices do I have?"),
    N_("Is there a clinical trial that could be right for me?"),
    N_("What do my test results mean?"),
    N_("What type of kidney cancer do I have?"),
    N_("How soon do I need to start treatment?"),
    N_("What side effects could I have?"),
)

"""The guide, as data: every fact of the Kidney Cancer Association's page
"Getting a Second Opinion" (last reviewed January 2025), in plain words.

Screens render these items; none of them holds text of its own about the
guide. Each string is marked with ``N_`` so ``pybabel extract`` finds it and
is translated when shown. Ids are stable: the patient's saved progress and
answers refer to them, so never reuse an id for a different item.

Aim: US grade 6 or lower (tests/unit/test_readability.py checks it). Short
sentences, common words, one idea per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from second_opinion.content.markers import N_


@dataclass(frozen=True)
class Link:
    """A page on the web; the app says it needs internet before opening it."""

    id: str
    title: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class Section:
    """A heading and a few short paragraphs."""

    id: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """One reason to ask for a second opinion."""

    id: str
    title: str
    detail: str


@dataclass(frozen=True)
class Phrase:
    """Words the patient can say, or show, to start the talk with their doctor."""

    id: str
    text: str


@dataclass(frozen=True)
class Step:
    """One thing to do to get a second opinion; the patient ticks it off."""

    id: str
    title: str
    detail: str
    link: Link | None = None


@dataclass(frozen=True)
class RecordItem:
    """One paper to bring to the new doctor."""

    id: str
    title: str
    detail: str
    only_if: str = ""


@dataclass(frozen=True)
class Question:
    """A question to ask both doctors when their opinions differ."""

    id: str
    text: str
    detail: str = ""
    links: tuple[Link, ...] = ()


# Links ------------------------------------------------------------------

FINDER = Link(
    "finder",
    N_("Treatment Center Finder"),
    "https://www.kidneycancer.org/treatment-center-finder/",
    N_("Use it to find a kidney cancer doctor near you. It is from the Kidney "
       "Cancer Association."),
)
NCCN = Link(
    "nccn",
    N_("NCCN guidelines"),
    "https://www.nccn.org/guidelines/category_1",
    N_("The National Comprehensive Cancer Network. It writes the newest guides "
       "on how to treat many kinds of cancer."),
)
NCI = Link(
    "nci",
    N_("National Cancer Institute"),
    "https://www.cancer.gov/types/kidney",
    N_("The National Cancer Institute. It also has the newest guides for many kinds "
       "of cancer."),
)
KCA = Link(
    "kca",
    N_("Kidney Cancer Association"),
    "https://www.kidneycancer.org/",
    N_("They teach people about kidney cancer. This is for patients and the people "
       "close to them."),
)
LINKS = (NCCN, NCI, KCA, FINDER)

# What it is and why ------------------------------------------------------

WHAT_IS = Section(
    "what_is",
    N_("What is a second opinion?"),
    (
        N_("In a second opinion, a new doctor looks at your case."),
        N_("This doctor checks your diagnosis. That is what your doctor says you have."),
        N_("They also look at the plan to treat you."),
        N_("You can ask for a second opinion for any reason."),
    ),
)

REASONS_TITLE = N_("Some reasons people ask")

REASONS = (
    Reason(
        "all_choices",
        N_("You want to know all your choices"),
        N_("You want to hear about every way to treat your cancer. This includes "
           "clinical trials. These are studies of new care. Your hospital may not "
           "have them."),
    ),
    Reason(
        "not_sure",
        N_("Your doctor is not sure what is wrong"),
        N_("Your doctor does not know yet what is wrong with you."),
    ),
    Reason(
        "rare",
        N_("Your diagnosis is rare"),
        N_("What you have is not common. Few doctors see it often."),
    ),
    Reason(
        "not_expert",
        N_("Your doctor is not an expert in your type"),
        N_("There are many types of kidney cancer. Your doctor may not focus on the "
           "type you have."),
    ),
    Reason(
        "hard_to_talk",
        N_("It is hard to talk to your doctor"),
        N_("You find it hard to talk with your doctor. Another doctor may be easier "
           "to talk to."),
    ),
    Reason(
        "no_team",
        N_("No team looks at your case"),
        N_("Some hospitals have a team of experts of different kinds. They meet to "
           "talk about each patient. Your hospital does not do this."),
    ),
)

# How to ask ---------------------------------------------------------------

ASK_INTRO = Section(
    "ask",
    N_("How to ask for a second opinion"),
    (
        N_("Most doctors are glad when you want a second opinion."),
        N_("Still, it can feel hard to tell your doctor. Many people feel that way."),
        N_("Here are some ways to start the talk. You can say them, or show them on "
           "this phone."),
    ),
)

PHRASES = (
    Phrase("miss_nothing",
           N_("I want to be sure we do not miss anything important. So I would like "
              "to talk to another doctor.")),
    Phrase("heard_helpful",
           N_("I have heard that a second opinion can help. Do you know another doctor "
              "who could help me?")),
    Phrase("all_right",
           N_("Would it be OK if we asked another doctor for a second opinion?")),
    Phrase("who_would_you",
           N_("If you had my kind of cancer, who would you go to?")),
)

# Getting one ----------------------------------------------------------------

GET_ONE = Section(
    "get_one",
    N_("If you can, get one"),
    (
        N_("If you want a second opinion, take the time to get one."),
        N_("Even if your illness is serious, there is usually time to get one."),
    ),
)

STEPS = (
    Step(
        "insurance",
        N_("Check if your insurance pays"),
        N_("Ask your health insurance plan if it will pay for a second opinion."),
    ),
    Step(
        "specialist",
        N_("Find a kidney cancer expert"),
        N_("Your doctor or insurance company can name experts. You can also use the "
           "Treatment Center Finder on the web. It shows kidney cancer doctors near "
           "you."),
        FINDER,
    ),
    Step(
        "copies",
        N_("Get copies of your records"),
        N_("Ask for copies of your medical records. You will share them with the "
           "other doctor."),
    ),
)

# What to prepare --------------------------------------------------------------

PREPARE_INTRO = Section(
    "prepare",
    N_("What to prepare"),
    (
        N_("Be ready to give these papers to the new doctor."),
        N_("Mark each one as you go. What you mark stays on this phone."),
    ),
)

RECORDS = (
    RecordItem(
        "imaging",
        N_("Scan reports and pictures"),
        N_("The reports from your scans, such as a CT or MRI. Also a CD with the "
           "pictures, if you can get one."),
    ),
    RecordItem(
        "pathology",
        N_("Pathology report"),
        N_("A copy of the lab report on tissue taken from your body. It comes from "
           "a biopsy or from surgery."),
    ),
    RecordItem(
        "operative",
        N_("Surgery report"),
        N_("A copy of the report on your surgery. It sums up what was done."),
        N_("Only if you had surgery."),
    ),
    RecordItem(
        "discharge",
        N_("Hospital discharge summary"),
        N_("When you leave the hospital, the doctor writes a summary. Ask for a copy "
           "of it."),
        N_("Only if you stayed in the hospital."),
    ),
    RecordItem(
        "treatment_plan",
        N_("Your treatment plan"),
        N_("A summary of the plan from your doctor. If you have not started, it is "
           "the plan your doctor wants for you. If you have started, it is the plan "
           "you are on now."),
    ),
    RecordItem(
        "medicine_list",
        N_("List of your medicines"),
        N_("All the medicines you take, how much of each, and when you take them. "
           "You can make this list in the app."),
    ),
)

# After the second opinion ---------------------------------------------------

AFTER_AGREE = Section(
    "agree",
    N_("If the doctors agree"),
    (
        N_("If the second doctor agrees with the first, you can feel more sure."),
        N_("It is a sign that this plan is the best one for you."),
    ),
)

AFTER_DIFFER = Section(
    "differ",
    N_("If the doctors do not agree"),
    (
        N_("The second opinion may be different from the first. Here are some things "
           "you can do."),
        N_("Make a visit with your first doctor. Talk about the second opinion."),
        N_("Ask both doctors the questions below. Write down what each one says."),
    ),
)

QUESTIONS = (
    Question("how_decided", N_("How did you choose this treatment plan?")),
    Question("test_results", N_("What do my test results mean to you?")),
    Question(
        "guidelines",
        N_("What studies or guidelines did you use?"),
        N_("Two big cancer groups have the newest guides for many cancers. You find "
           "links to them below."),
        (NCCN, NCI),
    ),
    Question("other_patients", N_("What have you told other patients like me to do?")),
    Question("together", N_("Can the two of you look at my case together?")),
)

# About --------------------------------------------------------------------------

SOURCE_TITLE = N_("Getting a Second Opinion")
SOURCE_PUBLISHER = N_("Kidney Cancer Association")
SOURCE_REVIEWED = date(2025, 1, 1)

ABOUT = Section(
    "about",
    N_("Where these facts come from"),
    (
        N_("The facts in this app come from a web page. The Kidney Cancer Association "
           "wrote it."),
        N_("We put them in plain words."),
    ),
)

NOT_ADVICE = N_("This app does not take the place of advice from your doctor. Ask your "
                "doctor about your own care.")

PRIVACY = Section(
    "privacy",
    N_("Your notes stay on this phone"),
    (
        N_("What you write is kept only on this phone. There is no account."),
        N_("It leaves the phone only if you share it or save a copy."),
    ),
)

TRANSLATION_NOTE = N_("A medical expert has not checked the translations yet.")

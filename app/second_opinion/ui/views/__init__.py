"""One module per screen (or a screen and its sub-screens)."""

from second_opinion.ui.views.about import AboutView
from second_opinion.ui.views.after import AfterView, CompareView
from second_opinion.ui.views.ask import AskView, PhraseEditView, PhraseShowView
from second_opinion.ui.views.calls import CallEditView, CallsView, OfficeEditView
from second_opinion.ui.views.doctors import DoctorEditView, DoctorsView
from second_opinion.ui.views.get_one import GetOneView
from second_opinion.ui.views.home import HomeView
from second_opinion.ui.views.letters import LettersView, LetterView, SignerEditView
from second_opinion.ui.views.medicines import MedicineEditView, MedicinesView
from second_opinion.ui.views.prepare import PrepareView
from second_opinion.ui.views.questions import QuestionEditView, QuestionsView
from second_opinion.ui.views.settings import SettingsView
from second_opinion.ui.views.summary import SummaryView
from second_opinion.ui.views.why import WhyView

__all__ = [
    "AboutView", "AfterView", "AskView", "CallEditView", "CallsView", "CompareView",
    "DoctorEditView", "DoctorsView", "GetOneView", "HomeView", "LetterView", "LettersView",
    "MedicineEditView", "MedicinesView", "OfficeEditView", "PhraseEditView", "PhraseShowView",
    "PrepareView", "QuestionEditView", "QuestionsView", "SettingsView", "SignerEditView",
    "SummaryView", "WhyView",
]

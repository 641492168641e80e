"""One module per screen (or a screen and its sub-screens)."""

from second_opinion.ui.views.about import AboutView
from second_opinion.ui.views.after import AfterView, CompareView
from second_opinion.ui.views.ask import AskView, PhraseEditView, PhraseShowView
from second_opinion.ui.views.doctors import DoctorEditView, DoctorsView
from second_opinion.ui.views.get_one import GetOneView
from second_opinion.ui.views.home import HomeView
from second_opinion.ui.views.medicines import MedicineEditView, MedicinesView
from second_opinion.ui.views.prepare import PrepareView
from second_opinion.ui.views.settings import SettingsView
from second_opinion.ui.views.summary import SummaryView
from second_opinion.ui.views.why import WhyView

__all__ = [
    "AboutView", "AfterView", "AskView", "CompareView", "DoctorEditView", "DoctorsView",
    "GetOneView", "HomeView", "MedicineEditView", "MedicinesView", "PhraseEditView",
    "PhraseShowView", "PrepareView", "SettingsView", "SummaryView", "WhyView",
]

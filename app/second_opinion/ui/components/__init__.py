"""Small reusable pieces of the screens."""

from second_opinion.ui.components.check_row import CheckRow
from second_opinion.ui.components.choice_group import ChoiceGroup
from second_opinion.ui.components.heading import Heading
from second_opinion.ui.components.keyed import keyed
from second_opinion.ui.components.nav_card import NavCard
from second_opinion.ui.components.save_status import SaveStatus
from second_opinion.ui.components.screen import Screen
from second_opinion.ui.components.section_text import Paragraphs, SectionText
from second_opinion.ui.components.store_notice import StoreNotice
from second_opinion.ui.components.web_link import WebLink

__all__ = [
    "CheckRow", "ChoiceGroup", "Heading", "NavCard", "Paragraphs", "SaveStatus", "Screen",
    "SectionText", "StoreNotice", "WebLink", "keyed",
]

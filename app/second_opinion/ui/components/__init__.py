"""Small reusable pieces of the screens."""

from second_opinion.ui.components.blur_field import SaveOnBlurField
from second_opinion.ui.components.check_row import CheckRow
from second_opinion.ui.components.choice_group import ChoiceGroup
from second_opinion.ui.components.form import Form, use_form
from second_opinion.ui.components.heading import Heading
from second_opinion.ui.components.keyed import keyed
from second_opinion.ui.components.layout import full_width
from second_opinion.ui.components.live_line import live_line
from second_opinion.ui.components.nav_card import NavCard
from second_opinion.ui.components.save_cancel import save_cancel_row
from second_opinion.ui.components.save_status import SaveStatus
from second_opinion.ui.components.screen import Screen, banner_landmark, main_landmark, read_alone
from second_opinion.ui.components.section_text import Paragraphs, SectionText
from second_opinion.ui.components.store_notice import StoreNotice
from second_opinion.ui.components.undo import remove_with_undo
from second_opinion.ui.components.web_link import WebLink

__all__ = [
    "CheckRow", "ChoiceGroup", "Form", "Heading", "NavCard", "Paragraphs", "SaveOnBlurField",
    "SaveStatus", "Screen", "SectionText", "StoreNotice", "WebLink", "banner_landmark",
    "full_width", "keyed", "live_line", "main_landmark", "read_alone", "remove_with_undo",
    "save_cancel_row", "use_form",
]

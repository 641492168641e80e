"""The root component: language and patient state for all, and the router."""

from __future__ import annotations

import flet as ft

from second_opinion.state.i18n import Translator
from second_opinion.state.patient import PatientState
from second_opinion.ui import views
from second_opinion.ui.context import I18nContext, PatientContext

ROUTES = [
    ft.Route(path="/", component=views.HomeView, children=[
        ft.Route(path="why", component=views.WhyView),
        ft.Route(path="ask", component=views.AskView, children=[
            ft.Route(path="new", component=views.PhraseEditView),
            ft.Route(path="edit/:uid", component=views.PhraseEditView),
            ft.Route(path="show/:uid", component=views.PhraseShowView),
        ]),
        ft.Route(path="get-one", component=views.GetOneView),
        ft.Route(path="prepare", component=views.PrepareView),
        ft.Route(path="medicines", component=views.MedicinesView, children=[
            ft.Route(path="new", component=views.MedicineEditView),
            ft.Route(path="edit/:uid", component=views.MedicineEditView),
        ]),
        ft.Route(path="doctors", component=views.DoctorsView, children=[
            ft.Route(path=":role", component=views.DoctorEditView),
        ]),
        ft.Route(path="after", component=views.AfterView, children=[
            ft.Route(path="compare", component=views.CompareView),
        ]),
        ft.Route(path="summary", component=views.SummaryView),
        ft.Route(path="about", component=views.AboutView),
    ]),
]


@ft.component
def App(patient: PatientState) -> ft.Control:
    """Re-renders when the patient's state changes (it is passed in, so observed)."""
    translator = ft.use_memo(lambda: Translator("en"), dependencies=[])
    return I18nContext(
        translator,
        lambda: PatientContext(
            patient,
            lambda: ft.Router(ROUTES, not_found=views.HomeView, manage_views=True),
        ),
    )

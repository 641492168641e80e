"""Start the app: ``flet run app`` in development; the page runs it under Pyodide."""

import flet as ft

from second_opinion.state.patient import PatientState
from second_opinion.store.opening import open_store
from second_opinion.ui.app import App
from second_opinion.ui.theme import apply_theme


async def main(page: ft.Page) -> None:
    page.title = "Second Opinion"
    apply_theme(page)
    store = await open_store()
    page.render_views(App, PatientState.load(store))


if __name__ == "__main__":
    ft.run(main)

"""Start the app: ``flet run app`` in development; the page runs it under Pyodide."""

import flet as ft

from second_opinion.state.patient import PatientData
from second_opinion.state.settings import DeviceFeatures
from second_opinion.store.opening import open_store
from second_opinion.ui.app import App, apply_page_settings
from second_opinion.ui.theme import ALWAYS_FONTS


async def device_languages(page: ft.Page) -> list[str]:
    """The device's preferred languages, best first (browser: navigator.languages)."""
    try:
        info = await page.get_device_info()
    except Exception:  # noqa: BLE001 - no device info is no reason not to start
        return []
    found = getattr(info, "languages", None) or []
    locale = getattr(info, "locale", None)
    return [str(tag) for tag in found] or ([str(locale)] if locale else [])


async def device_features() -> DeviceFeatures:
    """Strong contrast and less motion, if the device asks for them."""
    try:
        found = await ft.SemanticsService().get_accessibility_features()
    except Exception:  # noqa: BLE001 - unknown features are no reason not to start
        return DeviceFeatures()
    return DeviceFeatures(high_contrast=found.high_contrast,
                          reduce_motion=found.disable_animations or found.reduce_motion)


async def main(page: ft.Page) -> None:
    page.title = "Second Opinion"
    # Before the first frame: text drawn without its font makes Flutter fetch fallbacks.
    page.fonts = {family: f"/fonts/{family}.woff2" for family in ALWAYS_FONTS}
    page.update()
    opened = await open_store()
    patient = PatientData(opened.store, await device_languages(page), await device_features(),
                          opened.problem)
    apply_page_settings(page, patient.settings)  # the first frame in the patient's language
    page.render_views(App, patient)


if __name__ == "__main__":
    ft.run(main)

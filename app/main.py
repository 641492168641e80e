"""Start the app: ``flet run app`` in development; the page runs it under Pyodide."""

import flet as ft

from second_opinion.store.opening import open_store


async def main(page: ft.Page) -> None:
    store = await open_store()
    count = int((store.get("settings", "probe") or {}).get("count", 0))
    label = ft.Text(f"Count {count}")

    async def bump(_: ft.Event[ft.Button]) -> None:
        nonlocal count
        count += 1
        store.put("settings", "probe", {"count": count})
        await store.saved()
        label.value = f"Count {count}"
        label.update()

    page.add(ft.Text("Second Opinion", size=30), label, ft.Button("Add one", on_click=bump))


if __name__ == "__main__":
    ft.run(main)

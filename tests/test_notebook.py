"""notebooks/who-works-on-what.ipynb is committed clean and runs top to bottom without an error."""

from __future__ import annotations

import sys
from typing import Any

import nbformat
from conftest import ROOT
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from traitlets import default

NOTEBOOK = ROOT / "notebooks" / "who-works-on-what.ipynb"


class _ThisPython(KernelSpecManager):  # type: ignore[misc]
    """Resolves the notebook's kernel "python3" to the interpreter running the tests.

    A kernelspec named python3 elsewhere on the machine (user or system Jupyter folders) may
    point at another Python without kg; nothing is installed to get this one.
    """

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return KernelSpec(
            argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            display_name=f"Python 3 ({sys.executable})",
            language="python",
            name=kernel_name,
        )


class _ThisPythonKernel(AsyncKernelManager):  # type: ignore[misc]
    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return _ThisPython(data_dir=self.data_dir)


def _read() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)


def test_notebook_is_committed_without_outputs() -> None:
    nb = _read()
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    assert [cell.outputs for cell in code] == [[] for _ in code]
    assert [cell.execution_count for cell in code] == [None for _ in code]


def test_notebook_every_code_cell_follows_a_sentence() -> None:
    cells = _read().cells
    for before, cell in zip(cells, cells[1:], strict=False):
        if cell.cell_type == "code":
            assert before.cell_type == "markdown" and before.source.strip(), cell.source


def test_notebook_runs_top_to_bottom() -> None:
    nb = _read()
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable, end='')"))
    client = NotebookClient(
        nb,
        kernel_manager_class=_ThisPythonKernel,  # the client starts and stops the kernel
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    assert nb.cells.pop().outputs[0].text == sys.executable  # this venv's kernel ran it
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert [out for out in outputs if out.output_type == "error"] == []
    assert all(cell.execution_count for cell in nb.cells if cell.cell_type == "code")
    html = "".join(out.get("data", {}).get("text/html", "") for out in outputs)
    assert "<iframe srcdoc=" in html  # K.show(), the map
    assert "Chuck Tuffli" in html  # who_works_on("NVMe")
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= 2  # the heat map and the timeline of the shipped minutes
    stderr = "".join(out.text for out in outputs if out.get("name") == "stderr")
    assert stderr == ""


def _helpers() -> dict[str, Any]:
    """The notebook's imports and helper functions, run here (Agg: nothing is shown)."""
    import matplotlib

    matplotlib.use("Agg")
    cells = [cell.source for cell in _read().cells if cell.cell_type == "code"]
    namespace: dict[str, Any] = {}
    imports = "\n".join(line for line in cells[0].splitlines() if not line.startswith("%"))
    exec(imports, namespace)  # noqa: S102  (the notebook's own code)
    exec(next(c for c in cells if c.startswith("def heatmap")), namespace)  # noqa: S102
    return namespace


def test_notebook_heat_map_colour_bar_reads_as_plain_numbers(seed_kg: Any) -> None:
    import matplotlib.pyplot as plt

    helpers = _helpers()
    plt.close("all")
    helpers["heatmap"](seed_kg, title="seed")
    fig = plt.gcf()
    fig.canvas.draw()
    bar = fig.axes[-1]  # the colour bar
    labels = [t.get_text() for t in bar.get_yticklabels(minor=False)]
    labels += [t.get_text() for t in bar.get_yticklabels(minor=True)]
    shown = [text for text in labels if text]
    plt.close(fig)
    assert shown, "the colour bar has numbers"
    for text in shown:
        assert "times" not in text and "^" not in text and "$" not in text, shown
        float(text)  # '3', '0.6', '1': plain decimals, no 3x10^0

"""Pictures of the graph: an interactive HTML map and a Markdown page for wikis.

- :func:`write_html` / :func:`render_html`: one self-contained ``graph.html`` (pyvis and
  vis-network, all inline, no request leaves the file);
- :func:`write_wiki` / :func:`render_wiki`: Markdown tables plus a static SVG picture;
- :func:`compute_layout`: the deterministic layout both use.
"""

from __future__ import annotations

from .html import render_html, write_html
from .layout import compute_layout
from .wiki import render_image, render_wiki, write_wiki

__all__ = [
    "compute_layout",
    "render_html",
    "render_image",
    "render_wiki",
    "write_html",
    "write_wiki",
]

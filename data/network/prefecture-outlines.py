#!/usr/bin/env python3
"""Builds data/network/prefecture-outlines.geojson, the 47 prefecture outlines drawn under the network map.

Source: hfu/gmjpn21pref, pref.geojson (commit f91119f717d47422a2de3361d0b9c10b7396de03, public-domain code), itself
GSI Global Map Japan (地球地図日本) administrative boundaries, version 2.1, cut to the z2 vector tile 2/3/1 by
Tippecanoe (so already quantised to about 0.022 degrees). Attribution: 出典：国土地理院ウェブサイト
(https://www.gsi.go.jp/kankyochiri/gm_jpn.html), GSI content terms of use (compatible with CC BY 4.0).

Steps (deterministic): Douglas-Peucker per ring with TOLERANCE degrees (lon and lat as planar coordinates), rings that
collapse below 4 points are dropped, coordinates rounded to 3 decimals, features sorted by prefecture code, names
joined from data/network/prefectures.csv on the code.

Usage: python3 data/network/prefecture-outlines.py SOURCE.geojson  (writes beside this script)
"""
import csv
import json
import os
import sys

TOLERANCE = 0.02  # degrees, about 2 km; the source grid is 90/4096 = 0.022 degrees
HERE = os.path.dirname(os.path.abspath(__file__))


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points, tol):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, index = 0.0, -1
        for k in range(i + 1, j):
            d = perpendicular(points[k], points[i], points[j])
            if d > best:
                best, index = d, k
        if index >= 0 and best > tol:
            keep[index] = True
            stack += [(i, index), (index, j)]
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring):
    # A closed ring: split at the point farthest from the first so both halves are open lines.
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    a = douglas_peucker(ring[: far + 1], TOLERANCE)
    b = douglas_peucker(ring[far:], TOLERANCE)
    out = [[round(x, 3), round(y, 3)] for x, y in a[:-1] + b]
    dedup = [p for i, p in enumerate(out) if i == 0 or p != out[i - 1]]
    return dedup if len(dedup) >= 4 else None


def main(source):
    with open(os.path.join(HERE, "prefectures.csv"), encoding="utf-8") as f:
        names = {int(r["code"]): r for r in csv.DictReader(f)}
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    features = []
    for feat in sorted(data["features"], key=lambda x: x["properties"]["code"]):
        code = feat["properties"]["code"]
        g = feat["geometry"]
        polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        out = []
        for poly in polygons:
            outer = simplify_ring(poly[0])
            if outer is None:
                continue
            out.append([outer] + [h for h in map(simplify_ring, poly[1:]) if h is not None])
        features.append({"type": "Feature",
                         "properties": {"code": f"{code:02d}", "name_en": names[code]["name_en"], "name_ja": names[code]["name_ja"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": out}})
    assert len(features) == 47, len(features)
    result = {"type": "FeatureCollection",
              "source": "GSI Global Map Japan v2.1 via hfu/gmjpn21pref f91119f7; 出典：国土地理院ウェブサイト",
              "tolerance_degrees": TOLERANCE, "features": features}
    with open(os.path.join(HERE, "prefecture-outlines.geojson"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")).replace('{"type":"Feature"', '\n{"type":"Feature"'))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])

"""Splits an SHD-format file by speaker (h5py only): the clips of the given speakers to one
file, the others (optionally) to another, in the SHD layout the tile's commands read.

usage: python split.py SRC.h5 --speakers 4,5 --out SEL.h5 [--rest REST.h5]
"""

import argparse

import h5py
import numpy as np


def write(dst, times, units, labels, speakers, keys):
    with h5py.File(dst, "w") as g:
        s = g.create_group("spikes")
        s.create_dataset("times", data=times, dtype=h5py.vlen_dtype(np.float16))
        s.create_dataset("units", data=units, dtype=h5py.vlen_dtype(np.uint16))
        g.create_dataset("labels", data=labels.astype(np.uint16))
        e = g.create_group("extra")
        e.create_dataset("speaker", data=speakers.astype(np.uint16))
        e.create_dataset("keys", data=keys, dtype=h5py.string_dtype())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--speakers", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rest")
    a = ap.parse_args()
    chosen = [int(s) for s in a.speakers.split(",")]
    with h5py.File(a.src, "r") as f:
        times, units = f["spikes/times"][()], f["spikes/units"][()]
        labels, speakers, keys = f["labels"][()], f["extra/speaker"][()], f["extra/keys"][()]
    sel = np.isin(speakers, chosen)
    for mask, dst in ((sel, a.out), (~sel, a.rest)):
        if dst:
            idx = np.flatnonzero(mask)
            write(dst, times[idx], units[idx], labels[idx], speakers[idx], keys)
            print(f"wrote {dst}: {len(idx)} clips")


if __name__ == "__main__":
    main()

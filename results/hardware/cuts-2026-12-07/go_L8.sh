#!/bin/bash
# Session 32: the L = 8 routes of 6248e8b (reference and speech contract, seed 1 each, side by side).
set -e
B=/work/runs/delaytile-6248e8b
R=/work/main/results/hardware/status-2026-12-07/route.sh
export NEXTPNR_ECP5=/work/nextpnr-src/build/nextpnr-ecp5
cd /work/runs/s32
date +%s > t_L8_start
( nice -n 2 sh $R $B /work/runs/s32/refL8 ecp5-85k reference.toml 8 1 > refL8.out 2>&1; date +%s > t_refL8_end ) &
( nice -n 2 sh $R $B /work/runs/s32/speechL8 ecp5-85k speech.toml 8 1 > speechL8.out 2>&1; date +%s > t_speechL8_end ) &
wait

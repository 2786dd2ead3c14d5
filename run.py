#!/usr/bin/env python
"""Gear entry point: the Flywheel engine (and `fw-beta gear run`) start this in the gear directory."""

import sys

from fw_gear_presidio_image_redactor.gear import main

if __name__ == "__main__":
    sys.exit(main())

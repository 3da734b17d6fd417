"""Entry point of the bundled app (PyInstaller needs a script, not a console_scripts entry)."""

import multiprocessing

from kpm_desktop.app import main

if __name__ == "__main__":
    # Batch PDF export uses a spawn process pool; a frozen app must hand its workers over here.
    multiprocessing.freeze_support()
    raise SystemExit(main())

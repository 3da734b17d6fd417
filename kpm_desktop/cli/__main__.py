from kpm_desktop.cli import main

raise SystemExit(main())

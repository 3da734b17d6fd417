from kpm_desktop.app import main

raise SystemExit(main())

import sys

from reformdesk.cli import main

sys.exit(main())

"""Bad input: every odd file gives a correct result or one clear line and exit code 2."""

# United Nations English writes dates day first: 12 June 2024.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"

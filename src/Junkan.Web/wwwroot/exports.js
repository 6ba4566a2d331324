// Exports: the form is a plain GET to the API, so it also works without scripts; nothing more to do here.
"use strict";

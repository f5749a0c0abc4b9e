/* PrimeFaces asks for locale-nb.js for bokmål; its Norwegian texts ship as locale-no.js (loaded by the layout). */
if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales["no"]) {
    PrimeFaces.locales["nb"] = PrimeFaces.locales["no"];
}

/** R-PUB-1: the partnership's publications — newsletters three times a year and the annual report. */
package no.samhandling.publication;

/** R-INFO-1 (§2.4): the parties keep each other informed of changes in routines and organisation. */
package no.samhandling.info;

/** Health communities: the scope every other record lives in. */
package no.samhandling.community;

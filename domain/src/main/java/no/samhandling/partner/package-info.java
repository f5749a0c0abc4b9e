/** Partners (hospital trust and municipalities), their regions and their place in each health community. */
package no.samhandling.partner;

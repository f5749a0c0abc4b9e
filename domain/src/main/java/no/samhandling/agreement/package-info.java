/** The framework agreement: versions, approvals, consultations, signatures, publication, review, notices. */
package no.samhandling.agreement;

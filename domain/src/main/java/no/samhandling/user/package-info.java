/** Users, their roles and the partner they act for. */
package no.samhandling.user;

/** Who is acting, and what they may change; enforced in the services, not only in the UI. */
package no.samhandling.security;

/** R-COST-1 (§4.3, §7): the community's shared administrative funds, kept by AU. */
package no.samhandling.funds;

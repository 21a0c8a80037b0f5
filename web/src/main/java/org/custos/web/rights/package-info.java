/**
 * Rights request pages (D1-D7): the list with days left, logging a request, and a request with its clock, the
 * DPM's actions, the review workspace and the response pack.
 */
package org.custos.web.rights;

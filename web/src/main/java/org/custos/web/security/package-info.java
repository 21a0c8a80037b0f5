/** Login, logout, session checks, the first-administrator setup and the accounts page. Uses security's api. */
package org.custos.web.security;

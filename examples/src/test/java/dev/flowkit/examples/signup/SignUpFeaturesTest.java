package dev.flowkit.examples.signup;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the sign-up app's Cucumber features ({@code features/signup} on the test class path, selected as a package
 * as the Cucumber engine asks) in the build: flowkit-cucumber's steps plus {@link SignUpAppSteps}, on the mock
 * WhatsApp platform ({@code flowkit.platform=mock} in {@code cucumber.properties}), against the real
 * {@link SignUpApp}. A failing scenario fails the build.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features.signup")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.flowkit.cucumber,dev.flowkit.examples.signup")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class SignUpFeaturesTest {}

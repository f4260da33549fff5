/**
 * Strategy goals and targets with their status by Eurostat's method: {@code GoalRepository}, {@code
 * TargetStatusService}, writes through {@code GoalService}, {@code GoalApi}, {@code GoalsPage}. Uses audit,
 * indicator, unit.
 */
package pl.miasto4.app.goal;
